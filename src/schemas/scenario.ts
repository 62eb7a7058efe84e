/**
 * A branching simulation (content/scenarios/<id>.yaml): situations that follow one another over an
 * evening, each with 2 to 4 choices; a choice tells what happens next, moves a few named gauges
 * and leads to another situation or to an ending. Every choice's debrief names the lesson section
 * that teaches it. The schema checks each file's shape; what needs the whole graph (a target that
 * does not exist, an unreachable situation, a dead end, a path too long, an ending without its
 * debrief, a gauge pushed out of range) is the lint's job (src/build-time/lint/scenario-lint.ts), which names
 * the file and the node.
 */
import { z } from 'astro/zod';
import { exhibitSchema } from './quiz.ts';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'identifiant : lettres minuscules, chiffres et tirets seulement');
const text = z.string().trim().min(1);

/** A gauge the path moves (ex. « confiance »): its label, range and value at the start. */
const gaugeSchema = z.object({
  /** Unique within the scenario; the key of `effects` and `when`. */
  id,
  /** What the learner reads (ex. « Confiance du public »). */
  label: text,
  /** One sentence on what a high value means, read before the first situation. */
  help: text,
  /** Lowest value. Default 0. */
  min: z.number().int().default(0),
  /** Highest value. Default 100. */
  max: z.number().int().default(100),
  /** Value at the start of the evening; the lint checks it lies within [min, max]. */
  start: z.number().int(),
  /** True when a high value is bad news (ex. « charge de l'équipe »); shown as such. Default false. */
  highIsBad: z.boolean().default(false),
});

/** Where a lesson teaches a choice: the lesson's slug, an optional heading or callout id, a label. */
const lessonRefSchema = z.object({
  /** Slug of the lesson (ex. « pieges-a-eviter »); the build stops when no lesson has it. */
  to: id,
  /** Id of a heading or callout in that lesson (ex. « ligne-988 »); none links the lesson's top. */
  anchor: z.string().trim().min(1).optional(),
  /** The section as the debrief names it (ex. « Leçon 10, l'encadré sur le 988 »). */
  label: text,
});

/** A gauge condition of a route: the gauge's value must lie within [min, max] (both inclusive). */
const boundsSchema = z
  .object({ min: z.number().int().optional(), max: z.number().int().optional() })
  .refine((b) => b.min !== undefined || b.max !== undefined, { message: 'une condition demande min ou max' });

/** One way out of a choice: to `to`, when every gauge named in `when` is within its bounds. */
const routeSchema = z.object({
  /** Gauge conditions, all required; none makes this the route taken by default. */
  when: z.record(id, boundsSchema).optional(),
  /** Id of the node reached. */
  to: id,
});

/** One choice of a situation. */
const choiceSchema = z.object({
  /** Unique within its situation; what a stored path and a room vote name. */
  id,
  /** The option, as a practitioner would say it. */
  text,
  /**
   * Where it leads: a node id, or routes tried in order (the first whose `when` holds; the last
   * has no `when`), so an ending can depend on the gauges.
   */
  next: z.union([id, z.array(routeSchema).min(1)]),
  /** What happens next: reactions, the thread, the team. */
  consequence: text,
  /** How each gauge moves (ex. { confiance: 10, charge: -5 }); gauges not named stay. */
  effects: z.record(id, z.number().int()).default({}),
  /** Why this choice is or is not what the lessons teach, read at the end. */
  debrief: text,
  /** The lesson section that teaches it. */
  lesson: lessonRefSchema,
});

/** A situation that asks for a decision. */
const decisionSchema = z.object({
  id,
  kind: z.literal('decision'),
  /** When it happens (ex. « 19 h 40 »), shown as the situation's eyebrow. */
  time: text,
  /** The situation's heading. */
  title: text,
  /** What the person on duty sees and knows; paragraphs. */
  situation: z.array(text).min(1),
  /** The post, the thread, the message or the figure on screen; none when the text says it all. */
  exhibit: exhibitSchema.optional(),
  /** 2 to 4 options. */
  choices: z.array(choiceSchema).min(2).max(4),
});

/** An ending: how the evening turned out, and what to take from it. */
const endSchema = z.object({
  id,
  kind: z.literal('end'),
  /** The ending's heading (ex. « Une page qui a tenu »). */
  title: text,
  /** What happened next (the next morning, the week after); paragraphs. */
  outcome: z.array(text).min(1),
  /** What to take from this ending; required, and checked by the lint (no-debrief). */
  debrief: z.array(z.string().trim()).optional(),
});

/** One node of the graph. */
const nodeSchema = z.discriminatedUnion('kind', [decisionSchema, endSchema]);

/** A scenario file. */
export const scenarioSchema = z
  .object({
    /** Equals the file name without .yaml; a stored path and the <Scenario id="…"> name it. */
    id,
    /** The scenario's title (ex. « Une soirée sur la page du CISSS »). */
    title: text,
    /** Who the learner plays and what the evening is about; paragraphs. */
    intro: z.array(text).min(1),
    /** The gauges the choices move, shown throughout. */
    gauges: z.array(gaugeSchema).min(1).max(4),
    /** Id of the first situation. */
    start: id,
    /** Every situation and ending, in reading order (the JS-off script follows it). */
    nodes: z.array(nodeSchema).min(2),
  })
  .superRefine((s, ctx) => {
    // Ids that must be unique: a duplicate would make a path ambiguous.
    const seen = new Set<string>();
    s.nodes.forEach((n, i) => {
      if (seen.has(n.id))
        ctx.addIssue({ code: 'custom', path: ['nodes', i, 'id'], message: `nœud en double : « ${n.id} »` });
      seen.add(n.id);
      if (n.kind !== 'decision') return;
      const choices = new Set<string>();
      n.choices.forEach((c, j) => {
        if (choices.has(c.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['nodes', i, 'choices', j, 'id'],
            message: `choix en double : « ${c.id} »`,
          });
        }
        choices.add(c.id);
      });
    });
    const gauges = new Set<string>();
    s.gauges.forEach((g, i) => {
      if (gauges.has(g.id))
        ctx.addIssue({ code: 'custom', path: ['gauges', i, 'id'], message: `jauge en double : « ${g.id} »` });
      gauges.add(g.id);
    });
  });

/** A scenario once validated. */
export type Scenario = z.output<typeof scenarioSchema>;
/** A node once validated. */
export type ScenarioNode = Scenario['nodes'][number];
/** A situation that asks for a decision. */
export type DecisionNode = Extract<ScenarioNode, { kind: 'decision' }>;
/** An ending. */
export type EndNode = Extract<ScenarioNode, { kind: 'end' }>;
/** One choice of a situation. */
export type ScenarioChoice = DecisionNode['choices'][number];
/** A gauge. */
export type Gauge = Scenario['gauges'][number];
