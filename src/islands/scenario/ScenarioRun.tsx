/**
 * The body of the scenario player, loaded when the learner starts the simulation (a dynamic
 * import from ScenarioPlayer.tsx), so that a lesson pays for the introduction only until then:
 * one situation at a time, its choices as buttons, then the consequence and how the gauges moved,
 * then the next situation, and at the end the path and the debrief of every decision. Each new
 * view's heading receives focus, so a screen reader announces the new situation. The path is the
 * pure reducer of src/lib/scenario/scenario-path.ts; a finished path is kept with the quiz results like a
 * practice quiz (never counted in the attestation: src/lib/progress/course-pass.ts reads the final only).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Scenario } from '../../schemas/scenario';
import {
  choose,
  endingOf,
  nodeById,
  replay,
  reviewPath,
  startPath,
  type GaugeValues,
  type PathState,
} from '../../lib/scenario/scenario-path';
import { $quizResults, recordAttempt } from '../../stores/progress';
import { quizStanding } from '../../lib/progress/progress-records';
import { $storageAvailable } from '../../stores/storage';
import { useStore } from '../use-store';
import { Exhibit } from '../quiz/Exhibit';
import { fillPlural } from '../../lib/template';
import { scenario as t, scenarioIntro } from '../../i18n/fr-scenario';

/** What the player receives from the island (see ScenarioPlayer.tsx). */
export interface ScenarioProps {
  scenario: Scenario;
  /** Fingerprint of the scenario, stored with the result (a changed scenario starts afresh). */
  hash: string;
  /** Where each choice's lesson section is, by « node/choice », resolved at build time. */
  links: Record<string, string>;
  /** The id under which a finished path is kept with the quiz results (ex. « scenario-soiree-cisss »). */
  recordId: string;
}

/** What the player shows: a situation, the consequence of the last choice, the end. */
type View = 'situation' | 'consequence' | 'end';

function Gauges({ scenario, values, before }: { scenario: Scenario; values: GaugeValues; before?: GaugeValues }) {
  return (
    <ul class="scenario-gauges" role="list">
      {scenario.gauges.map((g) => {
        const v = values[g.id] ?? g.start;
        const delta = before ? v - (before[g.id] ?? g.start) : 0;
        return (
          <li key={g.id} class={g.highIsBad ? 'is-inverse' : undefined}>
            <span>
              {t.gaugeValue(g.label, v, g.max)}
              {delta !== 0 && (
                <strong class="scenario-delta">
                  {' '}
                  ({delta > 0 ? '+' : '−'}
                  {Math.abs(delta)})
                </strong>
              )}
            </span>
            <meter
              aria-hidden="true"
              min={g.min}
              max={g.max}
              value={v}
              low={g.min + (g.max - g.min) / 3}
              high={g.min + ((g.max - g.min) * 2) / 3}
              optimum={g.highIsBad ? g.min : g.max}
            />
          </li>
        );
      })}
    </ul>
  );
}

/** The simulation once started: from the first situation to the end, replayable. */
export function ScenarioRun({ scenario, hash, links, recordId }: ScenarioProps) {
  const [path, setPath] = useState<PathState>(() => startPath(scenario));
  const [view, setView] = useState<View>('situation');
  const heading = useRef<HTMLHeadingElement>(null);
  // The introduction says these too, but a press replaced it at once: the run says them again.
  const storage = useStore($storageAvailable);
  const standing = quizStanding(useStore($quizResults)[recordId], hash);
  const played = standing.kind === 'current' ? standing.record.attempts : 0;

  // Focus follows each new view, the first situation included (it replaces the introduction).
  useEffect(() => {
    heading.current?.focus();
  }, [view, path.steps.length]);

  const go = (next: View, state: PathState = path) => {
    setPath(state);
    setView(next);
  };
  const restart = () => go('situation', startPath(scenario));

  const ending = endingOf(scenario, path);
  if (view === 'end' && ending) {
    return (
      <div class="scenario-player scenario-end" data-scenario-ready="">
        <p class="scenario-kicker">{t.endingKicker}</p>
        <h3 ref={heading} tabIndex={-1}>
          {ending.title}
        </h3>
        {ending.outcome.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
        <Gauges scenario={scenario} values={path.gauges} />
        {played > 0 && <p class="scenario-muted">{fillPlural(scenarioIntro.played, played)}</p>}
        {!storage && <p class="scenario-muted">{scenarioIntro.storageNotice}</p>}
        <h4>{t.debriefTitle}</h4>
        {(ending.debrief ?? []).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
        <h4>{t.pathTitle}</h4>
        <ol class="scenario-path">
          {reviewPath(scenario, path).map(({ node, choice }) => (
            <li key={node.id}>
              <p class="scenario-path-title">
                <strong>{node.title}</strong> <span class="scenario-muted">({node.time})</span>
              </p>
              <dl>
                <dt>{t.yourChoice}</dt>
                <dd>{choice.text}</dd>
                <dt>{t.whatHappened}</dt>
                <dd>{choice.consequence}</dd>
                <dt>{t.lessons}</dt>
                <dd>
                  {choice.debrief}{' '}
                  <span class="scenario-review">
                    {t.review} <a href={links[`${node.id}/${choice.id}`]}>{choice.lesson.label}</a>
                  </span>
                </dd>
              </dl>
            </li>
          ))}
        </ol>
        <p class="scenario-actions" data-print="hide">
          <button type="button" class="button button--secondary" onClick={() => window.print()}>
            {t.print}
          </button>
          <button type="button" class="button" onClick={restart}>
            {t.replay}
          </button>
        </p>
      </div>
    );
  }

  const last = path.steps.at(-1);
  const lastNode = last ? nodeById(scenario, last.node) : undefined;
  const lastChoice = lastNode?.kind === 'decision' ? lastNode.choices.find((c) => c.id === last?.choice) : undefined;
  if (view === 'consequence' && last && lastChoice) {
    const before = path.steps.at(-2)?.gauges ?? startPath(scenario).gauges;
    const toEnd = ending !== undefined;
    return (
      <div class="scenario-player" data-scenario-ready="">
        <p class="scenario-kicker">
          {t.decision(path.steps.length, lastNode?.kind === 'decision' ? lastNode.time : '')}
        </p>
        <h3 ref={heading} tabIndex={-1}>
          {t.consequenceTitle}
        </h3>
        <p class="scenario-muted">
          {t.yourChoice}&nbsp;: {lastChoice.text}
        </p>
        <p class="scenario-consequence">{lastChoice.consequence}</p>
        {Object.keys(lastChoice.effects).length === 0 && <p class="scenario-muted">{t.noChange}</p>}
        <Gauges scenario={scenario} values={path.gauges} before={before} />
        <p class="scenario-actions">
          <button
            type="button"
            class="button"
            onClick={() => {
              if (toEnd) recordAttempt(recordId, hash, { points: 1, max: 1, percent: 100, passed: true });
              go(toEnd ? 'end' : 'situation');
            }}
          >
            {toEnd ? t.seeEnding : t.next}
          </button>
        </p>
      </div>
    );
  }

  const node = nodeById(scenario, path.node);
  if (node?.kind !== 'decision') {
    // Only an inconsistent state leads here (the lint forbids it): start again rather than show nothing.
    return (
      <div class="scenario-player" data-scenario-ready="">
        <button type="button" class="button" onClick={() => go('situation', replay(scenario, []))}>
          {t.restart}
        </button>
      </div>
    );
  }
  return (
    <div class="scenario-player" data-scenario-ready="">
      <h3 ref={heading} tabIndex={-1}>
        <span class="scenario-kicker">{t.decision(path.steps.length + 1, node.time)}</span> {node.title}
      </h3>
      {node.situation.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {node.exhibit && <Exhibit exhibit={node.exhibit} />}
      {path.steps.length === 0 && !storage && <p class="scenario-muted">{scenarioIntro.storageNotice}</p>}
      <Gauges scenario={scenario} values={path.gauges} />
      <fieldset class="scenario-choices">
        <legend>{t.choicesLegend}</legend>
        <ul role="list">
          {node.choices.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                class="scenario-choice"
                onClick={() => go('consequence', choose(scenario, path, c.id))}
              >
                {c.text}
              </button>
            </li>
          ))}
        </ul>
      </fieldset>
      <p class="scenario-actions">
        <button type="button" class="button button--secondary" onClick={restart}>
          {t.restart}
        </button>
      </p>
    </div>
  );
}
