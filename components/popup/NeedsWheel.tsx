import type { NeedCoverage } from '../../lib/pipeline/needs-coverage';

export interface NeedsWheelProps {
  rows: NeedCoverage[];
  size?: number;
}

export type CoverageState = 'covered' | 'met' | 'progress' | 'empty';

/** Someone ongoing covers it; or the user met it outside the pipeline; or someone is on the way. */
export function coverageState(row: NeedCoverage): CoverageState {
  if (row.covered.length) return 'covered';
  if (row.status === 'met') return 'met';
  return row.inProgress.length ? 'progress' : 'empty';
}

export const STATE_TEXT: Record<CoverageState, string> = {
  covered: 'covered',
  met: 'met',
  progress: 'in progress',
  empty: 'empty',
};

const R_OUT = 100;
const R_IN = 52;
const GAP = 0.035;

function point(r: number, a: number): string {
  return `${(r * Math.cos(a)).toFixed(2)} ${(r * Math.sin(a)).toFixed(2)}`;
}

/** One ring segment from angle a0 to a1 (radians, clockwise, 0 at three o'clock). */
export function segmentPath(a0: number, a1: number): string {
  const large = a1 - a0 > Math.PI ? 1 : 0;
  return [
    `M ${point(R_OUT, a0)}`,
    `A ${R_OUT} ${R_OUT} 0 ${large} 1 ${point(R_OUT, a1)}`,
    `L ${point(R_IN, a1)}`,
    `A ${R_IN} ${R_IN} 0 ${large} 0 ${point(R_IN, a0)}`,
    'Z',
  ].join(' ');
}

/** The needs map as a wheel: one segment per visible need, filled by who covers it. */
export function NeedsWheel({ rows, size = 200 }: NeedsWheelProps) {
  const n = rows.length;
  const covered = rows.filter((r) => coverageState(r) === 'covered' || coverageState(r) === 'met').length;
  const step = (2 * Math.PI) / Math.max(n, 1);
  const gap = n > 1 ? GAP : 0;
  const summary = rows.map((r) => `${r.name}: ${STATE_TEXT[coverageState(r)]}`).join('; ');
  return (
    <svg
      class="wheel"
      viewBox="-104 -104 208 208"
      width={size}
      height={size}
      role="img"
      aria-labelledby="wheel-title wheel-desc"
    >
      <title id="wheel-title">{`Needs map: ${covered} of ${n} needs have someone`}</title>
      <desc id="wheel-desc">{summary}</desc>
      <defs>
        <pattern
          id="wheel-progress"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" class="hatch-bg" />
          <rect width="2.5" height="6" class="hatch-line" />
        </pattern>
      </defs>
      {rows.map((r, i) => {
        const state = coverageState(r);
        // A single need would be a zero-length arc: stop just short of the full circle.
        const a0 = -Math.PI / 2 + i * step + gap / 2;
        const a1 = -Math.PI / 2 + (i + 1) * step - gap / 2 - (n === 1 ? 1e-3 : 0);
        const mid = (a0 + a1) / 2;
        return (
          <g key={r.id} class={`seg seg-${state}`} data-need={r.id} data-state={state}>
            <path d={segmentPath(a0, a1)} fill={state === 'progress' ? 'url(#wheel-progress)' : undefined}>
              <title>{`${i + 1}. ${r.name}: ${STATE_TEXT[state]}`}</title>
            </path>
            <text x={(76 * Math.cos(mid)).toFixed(2)} y={(76 * Math.sin(mid)).toFixed(2)}>
              {i + 1}
            </text>
          </g>
        );
      })}
      <text class="wheel-center" y="4">
        {covered}/{n}
      </text>
      <text class="wheel-center-sub" y="20">
        have someone
      </text>
    </svg>
  );
}
