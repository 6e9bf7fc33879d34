import { NavLink } from 'react-router';

type Props = { label: string; links: { to: string; text: string }[] };

/** The second row of links inside a phase. */
export function SubNav({ label, links }: Props) {
  return (
    <nav className="subnav" aria-label={label}>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink end to={link.to}>
              {link.text}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
