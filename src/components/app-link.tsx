import { createContext, useContext, type ReactNode } from 'react';

export type AppLinkProps = { to: string; className?: string; children: ReactNode };

/**
 * Before the router has loaded (the first screen), a link is a plain anchor: a click loads that
 * page in full, which is slower but never lost.
 */
function plainLink({ to, className, children }: AppLinkProps) {
  return (
    <a href={to} className={className}>
      {children}
    </a>
  );
}

const LinkContext = createContext<(props: AppLinkProps) => ReactNode>(plainLink);

/** The app shell provides the router's link here, once the router runs. */
export const AppLinkProvider = LinkContext.Provider;

/** A link between the app's pages for the parts drawn both before and after the router loads. */
export function AppLink(props: AppLinkProps) {
  const renderLink = useContext(LinkContext);
  return renderLink(props);
}
