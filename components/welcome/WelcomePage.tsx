import { useEffect, useRef, useState } from 'preact/hooks';
import { useSuggestions } from '../shared/useSuggestions';
import { NextStep } from './NextStep';
import { PeopleStep } from './PeopleStep';
import { STEPS } from './steps';
import { YouStep } from './YouStep';

/**
 * The page that opens once, when Upward is installed: three short steps, each skippable, the
 * people step filled from what an open calendar tab shows (worked out on this computer).
 */
export function WelcomePage() {
  const [index, setIndex] = useState(0);
  const moved = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const suggestions = useSuggestions();
  const found = suggestions.status === 'ready' ? suggestions.value : null;
  const step = STEPS[index] ?? STEPS[0];
  const go = (next: number) => {
    moved.current = true;
    setIndex(Math.max(0, Math.min(STEPS.length - 1, next)));
  };
  // A new step takes focus to its heading, so keyboard and screen-reader users start at its top.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [index]);

  return (
    <div class="welcome">
      <header class="welcome-header">
        <h1>Welcome to Upward</h1>
        <p class="muted">
          Walk into every 1:1 with your manager prepared. Three short steps; skip any of them and change everything
          later in settings. Everything stays on this computer.
        </p>
      </header>
      <nav aria-label="Steps">
        <ol class="steps">
          {STEPS.map((item, i) => (
            <li key={item.id}>
              <button
                type="button"
                class="step-link"
                aria-current={i === index ? 'step' : undefined}
                onClick={() => go(i)}
              >
                <span class="step-number" aria-hidden="true">
                  {i + 1}
                </span>
                <span class="sr-only">Step {i + 1}: </span>
                {item.title}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <main class="welcome-step" aria-labelledby="step-heading">
        <p class="muted step-count">
          Step {index + 1} of {STEPS.length}
        </p>
        <h2 id="step-heading" ref={heading} tabIndex={-1}>
          {step.title}
        </h2>
        {step.id === 'you' && <YouStep suggestion={found?.me ?? null} onDone={() => go(1)} />}
        {step.id === 'people' && (
          <PeopleStep suggested={found?.people ?? null} onBack={() => go(0)} onDone={() => go(2)} />
        )}
        {step.id === 'next' && <NextStep onBack={() => go(1)} />}
      </main>
    </div>
  );
}
