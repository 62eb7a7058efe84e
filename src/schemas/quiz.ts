import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'identifiant : lettres minuscules, chiffres et tirets seulement');
const text = z.string().trim().min(1);

/** A choice in a single- or multiple-choice question. */
const choiceSchema = z.object({
  /** Unique within its question. */
  id,
  /** What the learner reads next to the radio button or checkbox. */
  text,
  /** Whether this choice is (one of) the right answer(s). Default false. */
  correct: z.boolean().default(false),
  /** Shown when the learner picked this choice: why it is right or wrong. */
  feedback: text,
});

/** One post or comment of an exhibit: who wrote it, when, what it says, how many liked it. */
const messageSchema = z.object({
  /** Who wrote it, as the platform shows it (fictional, on the running case). */
  author: text,
  /** When, as the platform shows it (ex. « 3 juin, 22 h 12 »). */
  time: text,
  /** What it says; plain text, line breaks kept. */
  text,
  /** How many « J'aime » it has; omitted when it does not matter. */
  likes: z.number().int().min(0).optional(),
});

/** A table of an exhibit: column headings, then rows of as many cells (plain text). */
const exhibitTableSchema = z
  .object({
    /** Column headings; the first column heads the rows. */
    columns: z.array(text).min(1),
    /** The rows, each with one cell per column. */
    rows: z.array(z.array(z.string().trim())).min(1),
  })
  .refine((t) => t.rows.every((r) => r.length === t.columns.length), {
    message: 'chaque ligne du tableau doit avoir autant de cellules que de colonnes',
  });

/**
 * Material the learner must read and judge (a comment thread, a draft, a dashboard extract, a
 * plan excerpt…): a titled figure with at least one of post, thread, table and text. Plain text
 * only, never HTML or Markdown.
 */
export const exhibitSchema = z
  .object({
    /** The figure's caption (ex. « Fil de commentaires sous la publication du 3 juin »). */
    title: text,
    /** A post of the running case, shown above its thread when both are given. */
    post: messageSchema.optional(),
    /** Comments (or replies), in the order shown. */
    thread: z.array(messageSchema).min(1).optional(),
    /** A table (a dashboard extract, the NETendances figures…). */
    table: exhibitTableSchema.optional(),
    /** Paragraphs of text (a draft, an objective, a nétiquette, a log); line breaks kept. */
    text: z.array(text).min(1).optional(),
  })
  .refine((e) => e.post || e.thread || e.table || e.text, {
    message: 'une pièce (exhibit) demande au moins un bloc : post, thread, table ou text',
  });

const base = {
  /** Unique within the quiz; used in stored answers. */
  id,
  /** Slug of the lesson this question tests (ex. « etape-1-veille »); required in a question bank. */
  lesson: id.optional(),
  /**
   * The exact text of one entry of that lesson's front-matter `objectives:` that the question
   * measures; required in a question bank, checked against the lesson at build time.
   */
  objective: text.optional(),
  /** Material to read and judge, shown above the question's answers; none by default. */
  exhibit: exhibitSchema.optional(),
  /** True for a pure recall item (a date, a tool's name); a bank keeps them to a quarter. Default false. */
  recall: z.boolean().optional(),
  /** The question as asked. */
  prompt: text,
  /** Shown after the answer, whatever it was: what to remember. */
  explanation: text,
};

/** Exactly one right choice, as radio buttons. */
const singleSchema = z.object({ ...base, kind: z.literal('single'), options: z.array(choiceSchema).min(2) });
/** One or more right choices, as checkboxes. */
const multipleSchema = z.object({ ...base, kind: z.literal('multiple'), options: z.array(choiceSchema).min(2) });
/** A statement that is true or false. */
const trueFalseSchema = z.object({
  ...base,
  kind: z.literal('true-false'),
  /** Whether the statement in the prompt is true. */
  answer: z.boolean(),
  /** Feedback shown for each of the two answers. */
  feedback: z.object({ whenTrue: text, whenFalse: text }),
});
/** Items to put in order; written in the right order, shown shuffled. */
const orderingSchema = z.object({
  ...base,
  kind: z.literal('ordering'),
  items: z.array(z.object({ id, text })),
});
/** Left-hand items each matched to one right-hand item. */
const matchingSchema = z.object({
  ...base,
  kind: z.literal('matching'),
  pairs: z.array(
    z.object({
      id,
      /** The item to match (ex. a platform). */
      left: text.optional(),
      /** Its partner (ex. an audience). */
      right: text.optional(),
    }),
  ),
});

/** One question of a quiz; `kind` says which. */
export const questionSchema = z.discriminatedUnion('kind', [
  singleSchema,
  multipleSchema,
  trueFalseSchema,
  orderingSchema,
  matchingSchema,
]);

function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

/** A quiz file in content/quizzes; rejected when it would break a learner's attempt. */
export const quizSchema = z
  .object({
    /** Must match the file name; referenced from MDX as <Quiz id="…" />. */
    id,
    /** Heading shown above the quiz. */
    title: text,
    /** One or two sentences introducing the quiz. */
    description: z.string().trim().optional(),
    /**
     * practice: feedback after each question; evaluation: feedback at the end; poll: a room poll,
     * feedback like practice but no pass mark and nothing kept in the learner's progress. Default practice.
     */
    mode: z.enum(['practice', 'evaluation', 'poll']).default('practice'),
    /** Score needed to pass, in percent. Default 80. */
    passMark: z.number().min(0).max(100).default(80),
    /**
     * When set, the quiz is a question bank: each attempt draws this many questions, covering every
     * lesson tagged in the bank, in a new order. Unset: every question, in the written order.
     */
    draw: z.number().int().min(1).optional(),
    /** The questions, in the order asked (or the bank to draw from). */
    questions: z.array(questionSchema).min(1),
  })
  .superRefine((quiz, ctx) => {
    if (quiz.draw !== undefined) {
      const bank = (message: string) => ctx.addIssue({ code: 'custom', path: ['draw'], message });
      if (quiz.draw > quiz.questions.length) {
        bank(`draw vaut ${quiz.draw} mais la banque n’a que ${quiz.questions.length} questions`);
      }
      const untagged = quiz.questions.filter((q) => !q.lesson).map((q) => q.id);
      if (untagged.length > 0) bank(`questions sans leçon (champ lesson) : ${untagged.join(', ')}`);
      const unmeasured = quiz.questions.filter((q) => !q.objective).map((q) => q.id);
      if (unmeasured.length > 0) bank(`questions sans objectif (champ objective) : ${unmeasured.join(', ')}`);
      const lessons = new Set(quiz.questions.flatMap((q) => (q.lesson ? [q.lesson] : [])));
      if (lessons.size > quiz.draw)
        bank(`draw (${quiz.draw}) est plus petit que le nombre de leçons couvertes (${lessons.size})`);
      const recall = quiz.questions.filter((q) => q.recall).length;
      if (recall * 4 > quiz.questions.length) {
        bank(`${recall} questions de pur rappel sur ${quiz.questions.length} : au plus le quart`);
      }
    }
    for (const dup of duplicates(quiz.questions.map((q) => q.id))) {
      ctx.addIssue({ code: 'custom', path: ['questions'], message: `identifiant de question en double : « ${dup} »` });
    }
    quiz.questions.forEach((q, i) => {
      const at = (message: string) =>
        ctx.addIssue({ code: 'custom', path: ['questions', i], message: `question « ${q.id} » : ${message}` });
      switch (q.kind) {
        case 'single':
        case 'multiple': {
          const right = q.options.filter((o) => o.correct).length;
          if (right === 0) at('aucune bonne réponse (mettre correct: true sur au moins un choix)');
          if (q.kind === 'single' && right > 1) at(`choix unique mais ${right} bonnes réponses`);
          for (const dup of duplicates(q.options.map((o) => o.id))) at(`identifiant de choix en double : « ${dup} »`);
          for (const dup of duplicates(q.options.map((o) => o.text))) at(`choix en double : « ${dup} »`);
          break;
        }
        case 'ordering':
          if (q.items.length < 2) at('une question à ordonner demande au moins 2 éléments');
          for (const dup of duplicates(q.items.map((o) => o.id))) at(`identifiant d’élément en double : « ${dup} »`);
          for (const dup of duplicates(q.items.map((o) => o.text))) at(`élément en double : « ${dup} »`);
          break;
        case 'matching':
          if (q.pairs.length < 2) at('une question d’association demande au moins 2 paires');
          for (const p of q.pairs) {
            if (!p.left || !p.right) at(`la paire « ${p.id} » n’a pas de partenaire (left et right sont requis)`);
          }
          for (const dup of duplicates(q.pairs.map((o) => o.id))) at(`identifiant de paire en double : « ${dup} »`);
          // Two identical left-hand items could not be told apart by the learner.
          for (const dup of duplicates(q.pairs.flatMap((p) => (p.left ? [p.left] : [])))) {
            at(`élément à associer en double : « ${dup} »`);
          }
          break;
        case 'true-false':
          break;
      }
    });
  });

/** A quiz once validated. */
export type Quiz = z.output<typeof quizSchema>;
/** One validated question. */
export type Question = Quiz['questions'][number];
/** An exhibit once validated. */
export type Exhibit = z.output<typeof exhibitSchema>;
/** The kinds of question. */
export type QuestionKind = Question['kind'];
