import { ROLE_LABELS, ROLES } from '../story/roles.ts';
import { ROLE_COLORS } from './layers.ts';

/** The map's key: what each highlight colour means. */
export function Legend() {
  return (
    <div className="legend" role="group" aria-label="Legend">
      <ul>
        {ROLES.map((role) => (
          <li key={role}>
            <span className="swatch" style={{ background: ROLE_COLORS[role] }} aria-hidden="true" />
            {ROLE_LABELS[role]}
          </li>
        ))}
        <li className="legend-context">
          <span className="swatch swatch-context" aria-hidden="true" />
          Not in the story
        </li>
      </ul>
    </div>
  );
}
