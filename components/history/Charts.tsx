import type { MoodPoint } from '../../lib/history/timeline';
import { shortDate } from '../../lib/when';

/**
 * Two small pictures, drawn as inline SVG (no chart library): how long each need still to
 * raise has waited, and the mood over time. Each has a text alternative; the numbers are
 * also in the table or list next to it.
 */

interface Bar {
  label: string;
  days: number;
}

const ROW = 22;
const LABEL_W = 230;
const BAR_W = 300;

/** Horizontal bars: days each need has waited, longest first. */
export function WaitChart({ bars }: { bars: Bar[] }) {
  if (!bars.length) return null;
  const max = Math.max(...bars.map((bar) => bar.days), 1);
  const height = bars.length * ROW + 4;
  const summary = bars.map((bar) => `${bar.label}: ${bar.days} days`).join('; ');
  return (
    <svg
      class="chart wait-chart"
      viewBox={`0 0 ${LABEL_W + BAR_W + 60} ${height}`}
      role="img"
      aria-label={`Days each need has waited. ${summary}`}
    >
      {bars.map((bar, i) => {
        const y = i * ROW + 2;
        const width = Math.max(2, (bar.days / max) * BAR_W);
        const label = bar.label.length > 34 ? `${bar.label.slice(0, 33)}…` : bar.label;
        return (
          <g key={`${i}-${bar.label}`}>
            <text x={LABEL_W - 8} y={y + ROW / 2 + 4} text-anchor="end" class="chart-label">
              {label}
            </text>
            <rect x={LABEL_W} y={y + 3} width={width} height={ROW - 8} rx="3" class="chart-bar" />
            <text x={LABEL_W + width + 6} y={y + ROW / 2 + 4} class="chart-value">
              {bar.days} d
            </text>
          </g>
        );
      })}
    </svg>
  );
}

const MOOD_W = 520;
const MOOD_H = 120;
const PAD = 26;

/** Mood (1–5) at each wrap-up, oldest to newest, the last twelve. */
export function MoodChart({ points, now }: { points: MoodPoint[]; now: number }) {
  const shown = points.slice(-12);
  if (!shown.length) return null;
  const x = (i: number) =>
    PAD + (shown.length === 1 ? (MOOD_W - 2 * PAD) / 2 : (i * (MOOD_W - 2 * PAD)) / (shown.length - 1));
  const y = (mood: number) => MOOD_H - PAD - ((mood - 1) / 4) * (MOOD_H - 2 * PAD);
  const summary = shown.map((p) => `${shortDate(p.at, now)}: ${p.mood}`).join(', ');
  return (
    <svg
      class="chart mood-chart"
      viewBox={`0 0 ${MOOD_W} ${MOOD_H}`}
      role="img"
      aria-label={`Mood at each wrap-up, 1 to 5: ${summary}`}
    >
      {[1, 3, 5].map((level) => (
        <g key={level}>
          <line x1={PAD} x2={MOOD_W - 8} y1={y(level)} y2={y(level)} class="chart-grid" />
          <text x={4} y={y(level) + 4} class="chart-value">
            {level}
          </text>
        </g>
      ))}
      <polyline points={shown.map((p, i) => `${x(i)},${y(p.mood)}`).join(' ')} class="chart-line" />
      {shown.map((p, i) => (
        <circle key={p.meetingId} cx={x(i)} cy={y(p.mood)} r="4" class="chart-dot">
          <title>{`${shortDate(p.at, now)}: ${p.mood} of 5`}</title>
        </circle>
      ))}
      <text x={PAD} y={MOOD_H - 6} class="chart-value">
        {shortDate(shown[0]?.at ?? now, now)}
      </text>
      <text x={MOOD_W - 8} y={MOOD_H - 6} text-anchor="end" class="chart-value">
        {shortDate(shown.at(-1)?.at ?? now, now)}
      </text>
    </svg>
  );
}
