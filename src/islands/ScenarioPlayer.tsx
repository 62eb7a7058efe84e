/**
 * The learner's player of a branching simulation (<Scenario id="…" /> in a lesson). The server
 * renders the introduction and « Commencer la soirée »; the island hydrates at the learner's first
 * interaction with it (client:interaction, which presses the button again once hydrated), and the
 * button loads the player itself (scenario/ScenarioRun.tsx): a reader who does not play loads
 * neither. Without JavaScript the button is not shown (scenario.css): the script that
 * ScenarioBlock.astro renders beside it is the activity.
 */
import { useState } from 'preact/hooks';
import type { ScenarioProps } from './scenario/ScenarioRun';
import type * as RunModule from './scenario/ScenarioRun';
import { $quizResults } from '../stores/progress';
import { quizStanding } from '../lib/progress/progress-records';
import { $storageAvailable } from '../stores/storage';
import { useStore } from './use-store';
import { useHydrated } from './use-hydrated';
import type { scenarioIntro } from '../i18n/fr-scenario';
import { fillPlural } from '../lib/template';
import './scenario.css';
import type { Scenario } from '../schemas/scenario';
import type { ServerOnly } from '../lib/server-only';

interface Props extends Omit<ScenarioProps, 'scenario'> {
  /** The introduction's strings (src/i18n/fr-scenario.ts), as data from the page. */
  strings: typeof scenarioIntro;
  /**
   * The simulation, in the browser: not in the page's props but in its JSON file
   * (src/pages/simulations/[file].json.ts), added by the directive that hydrates the island.
   */
  scenario?: Scenario;
  /** The simulation, for the server's render only (written in the page as `{}`). */
  serverScenario?: ServerOnly<Scenario>;
}

/** One branching simulation, played by one learner. */
export default function ScenarioPlayer({ strings: t, serverScenario, ...rest }: Props) {
  const scenario = rest.scenario ?? serverScenario?.value;
  if (!scenario) throw new Error(`Simulation ${rest.hash} sans graphe.`);
  const props: ScenarioProps = { ...rest, scenario };
  const { hash, recordId } = props;
  const hydrated = useHydrated();
  const results = useStore($quizResults);
  const storage = useStore($storageAvailable);
  const [Run, setRun] = useState<typeof RunModule.ScenarioRun | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const standing = quizStanding(results[recordId], hash);
  const played = standing.kind === 'current' ? standing.record.attempts : 0;

  if (Run) return <Run {...props} />;
  const start = () => {
    setBusy(true);
    // A failed load (offline, a new deployment) says so, shows the script meanwhile (scenario.css)
    // and leaves the button usable for another try.
    import('./scenario/ScenarioRun').then(
      (m) => setRun(() => m.ScenarioRun),
      () => {
        setBusy(false);
        setFailed(true);
      },
    );
  };
  return (
    <div
      class="scenario-player"
      data-scenario-ready={hydrated ? '' : undefined}
      data-run-failed={failed ? '' : undefined}
    >
      <p class="scenario-kicker">{t.kicker}</p>
      <h3 tabIndex={-1}>{scenario.title}</h3>
      {scenario.intro.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <p class="scenario-muted">{t.practice}</p>
      <h4>{t.gaugesTitle}</h4>
      <ul class="scenario-gauge-help">
        {scenario.gauges.map((g) => (
          <li key={g.id}>
            <strong>{g.label}</strong>
            {g.highIsBad && ` ${t.gaugeHighIsBad}`}. {g.help}
          </li>
        ))}
      </ul>
      {hydrated && played > 0 && <p class="scenario-muted">{fillPlural(t.played, played)}</p>}
      {hydrated && !storage && <p class="scenario-muted">{t.storageNotice}</p>}
      <p class="scenario-actions">
        <button type="button" class="button" onClick={start} disabled={busy}>
          {t.start}
        </button>
      </p>
      <p class="scenario-muted" role="status">
        {failed ? t.loadFailed : ''}
      </p>
    </div>
  );
}
