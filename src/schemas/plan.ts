import { z } from 'astro/zod';
import { SELF_GROUP } from '../lib/plan/plan-data';

const id = z.string().regex(/^[a-z][a-z0-9-]{0,30}$/, 'identifiant en minuscules, chiffres et tirets');

/** One field the learner fills in an « À vous » activity. */
const planFieldSchema = z.object({
  /** Identifier, unique in its group; part of the stored key. */
  id,
  /** Label shown above the field, on /mon-plan/ and in the exports. */
  label: z.string().trim().min(2),
  /** Optional help under the label. */
  hint: z.string().trim().min(2).optional(),
  /** Control: one line (default), several lines, or a choice among `options`. */
  kind: z.enum(['text', 'textarea', 'select']).default('text'),
  /** Choices of a « select » field. */
  options: z.array(z.string().trim().min(1)).min(2).optional(),
  /** A live hint on what is typed: « readability » (sentence length, long words). */
  check: z.enum(['readability']).optional(),
});

/** A group of fields (a fieldset), repeated `repeat` times (objectives, calendar weeks…). */
const planGroupSchema = z
  .object({
    /** Identifier, unique in its step; part of the stored key. */
    id,
    /** Legend of the fieldset; numbered when the group repeats (« Objectif 2 »). */
    legend: z.string().trim().min(2),
    /** How many times the group is offered (default 1). */
    repeat: z.number().int().min(1).max(6).default(1),
    /** « smart »: the group's fields are the five SMART parts, checked live. */
    check: z.enum(['smart']).optional(),
    /** Shown as a table on /mon-plan/ and in the exports (a calendar). */
    table: z.boolean().default(false),
    /** Caption of that table. */
    caption: z.string().trim().min(2).optional(),
    /** The fields, in order. */
    fields: z.array(planFieldSchema).min(1),
    /** The running case's answers, one record (field id → text) per repetition. */
    models: z.array(z.record(z.string(), z.string().trim().min(1))).min(1),
  })
  .superRefine((group, ctx) => {
    const ids = group.fields.map((f) => f.id);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', message: `champs en double dans ${group.id}` });
    if (group.models.length > group.repeat) {
      ctx.addIssue({ code: 'custom', message: `${group.id} : plus de réponses modèles que de répétitions` });
    }
    for (const model of group.models) {
      for (const key of Object.keys(model)) {
        if (!ids.includes(key))
          ctx.addIssue({ code: 'custom', message: `${group.id} : réponse modèle pour un champ inconnu « ${key} »` });
      }
    }
    if (group.check === 'smart') {
      const smart = ['specifique', 'mesurable', 'atteignable', 'pertinent', 'echeance'];
      if (ids.join() !== smart.join()) {
        ctx.addIssue({ code: 'custom', message: `${group.id} : un groupe SMART a les champs ${smart.join(', ')}` });
      }
    }
    for (const f of group.fields) {
      if (f.kind === 'select' && !f.options)
        ctx.addIssue({ code: 'custom', message: `${f.id} : une liste sans options` });
    }
  });

/** The automated checks a criterion can name (src/lib/plan/plan-criteria.ts). */
const CHECK_KINDS = [
  'filled',
  'number',
  'number-date',
  'baseline',
  'attributable',
  'audience',
  'readability',
  'sentence-length',
  'jargon',
  'age-band',
  'crisis-numbers',
  'response-delay',
  'hours',
  'weeks',
  'decision-rule',
] as const;

/** One criterion of a section, in the lesson's words. */
const planCriterionSchema = z.object({
  /** Identifier, unique in its section; part of the stored key of its tick. */
  id,
  /** The criterion as the lesson says it, shown beside its status and in the exports. */
  text: z.string().trim().min(10),
  /** An automated check; without one, the learner ticks the criterion against the model answer. */
  check: z.enum(CHECK_KINDS).optional(),
  /** The fields the check reads: « group.field » in this section, or « step.group.field ». */
  fields: z
    .array(z.string().regex(/^([a-z][a-z0-9-]*\.)?[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/))
    .min(1)
    .optional(),
  /** A warning only (default false): it never keeps the section from being complete. */
  warn: z.boolean().default(false),
});

/** One section of the plan, filled in one lesson. */
const planStepSchema = z.object({
  /** Identifier; part of the stored key. */
  id,
  /** Heading on /mon-plan/ and in the exports. */
  title: z.string().trim().min(2),
  /** Slug of the lesson where it is filled. */
  lesson: z.string().regex(/^[a-z0-9-]+$/),
  /** One sentence that says what to do. */
  intro: z.string().trim().min(10),
  /** The fieldsets, in order. */
  groups: z.array(planGroupSchema).min(1),
  /** What makes the section « complète »: 3 to 5 criteria. */
  criteria: z.array(planCriterionSchema).min(3).max(5),
});

/** content/plan.yaml: the running case and the plan's sections. */
export const planSchema = z
  .object({
    /** The fictional organisation followed through the course. */
    case: z.object({
      name: z.string().trim().min(3),
      short: z.string().trim().min(2),
      note: z.string().trim().min(3),
      campaign: z.string().trim().min(3),
    }),
    steps: z.array(planStepSchema).min(1),
  })
  .superRefine((plan, ctx) => {
    const ids = plan.steps.map((s) => s.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'sections en double' });
    for (const step of plan.steps) {
      const groups = step.groups.map((g) => g.id);
      if (new Set(groups).size !== groups.length)
        ctx.addIssue({ code: 'custom', message: `groupes en double dans ${step.id}` });
      if (groups.includes(SELF_GROUP))
        ctx.addIssue({
          code: 'custom',
          message: `${step.id} : le groupe « ${SELF_GROUP} » est réservé aux autoévaluations`,
        });
      const criteria = step.criteria.map((c) => c.id);
      if (new Set(criteria).size !== criteria.length)
        ctx.addIssue({ code: 'custom', message: `critères en double dans ${step.id}` });
      for (const c of step.criteria) {
        if (c.check && !c.fields)
          ctx.addIssue({ code: 'custom', message: `${step.id}.${c.id} : une vérification sans champs (fields)` });
        for (const ref of c.fields ?? []) {
          const parts = ref.split('.');
          const [stepId, groupId, fieldId] = parts.length === 3 ? parts : [step.id, ...parts];
          const group = plan.steps.find((s) => s.id === stepId)?.groups.find((g) => g.id === groupId);
          if (!group?.fields.some((f) => f.id === fieldId))
            ctx.addIssue({ code: 'custom', message: `${step.id}.${c.id} : champ inconnu « ${ref} »` });
        }
      }
    }
  });

/** The plan's description once validated. */
export type PlanDefinition = z.output<typeof planSchema>;
/** One section of the plan. */
export type PlanStep = PlanDefinition['steps'][number];
/** One fieldset. */
export type PlanGroup = PlanStep['groups'][number];
/** One field. */
export type PlanField = PlanGroup['fields'][number];
/** One criterion. */
export type PlanCriterion = PlanStep['criteria'][number];
/** One automated check. */
export type CheckKind = (typeof CHECK_KINDS)[number];
